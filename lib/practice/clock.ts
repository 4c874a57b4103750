/**
 * Minutes and seconds as a clock shows them ("2:05"), for the question timer (negative once time is
 * up: "-0:12") and for answer lengths.
 */
export function formatClock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && whole > 0 ? "-" : "";
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
