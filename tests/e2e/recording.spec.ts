import { chromiumArgs, chromiumPath } from "./browser";
import { expect, test } from "./fixtures";

// Chromium's fake capture device, for this file's tests only (Playwright gives them a worker of
// their own): the page still runs under the console, CSP and third-party watch every test has.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

test("with a fake microphone, an answer is recorded, played back and its length compared with the target", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/practice?mode=mock&skills=mentoring&type=behavioral&count=1&seed=rec1");
  const outLoud = page.getByRole("region", { name: "Practise out loud" });
  await outLoud.getByRole("button", { name: "Record your answer" }).click();
  await expect(outLoud.getByRole("button", { name: "Stop recording" })).toBeVisible();
  await page.clock.runFor(45_000);
  await outLoud.getByRole("button", { name: "Stop recording" }).click();
  const audio = outLoud.getByLabel("Your recorded answer");
  await expect(audio).toBeVisible();
  await expect(audio).toHaveAttribute("src", /^blob:/);
  await expect(outLoud.getByTestId("recording-length")).toHaveText(
    /^0:4\d: 0:4\d under the 1:30 to 3:00 that suits this kind of question/,
  );
  await expect(outLoud.getByRole("link", { name: "Save the recording" })).toHaveAttribute(
    "download",
    /\.webm$|\.ogg$/,
  );
  const playing = await audio.evaluate(async (element) => {
    const media = element as HTMLAudioElement;
    media.muted = true;
    await media.play();
    return { playing: !media.paused, readyState: media.readyState };
  });
  expect(playing.playing).toBe(true);
  expect(playing.readyState).toBeGreaterThanOrEqual(1);
});
