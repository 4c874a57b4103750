/**
 * `npm run content:check`: validates every file under content/ (schema, cross-links, editorial floor)
 * and prints every problem at once. Exits 1 on any problem, so CI and authors see the same verdict.
 */
import { findEditorialProblems } from "../content/editorial";
import { readLibrary } from "../content/load";
import { formatProblems } from "../content/problems";

const { library, problems } = readLibrary();
problems.push(...findEditorialProblems(library));

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const questions = library.guides.reduce((sum, guide) => sum + guide.questions.length, 0);
const roleQuestions = library.roles.reduce((sum, role) => sum + role.questions.length, 0);
console.log(
  `Content OK: ${library.guides.length} guides, ${library.roles.length} roles, ${questions + roleQuestions} interview questions, ` +
    `${library.guides.reduce((sum, guide) => sum + guide.knowledgeChecks.length, 0)} knowledge checks.`,
);
