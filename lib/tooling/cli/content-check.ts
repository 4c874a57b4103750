/**
 * `npm run content:check`: validates every file under content/ (schema, cross-links, editorial floor,
 * library-wide figures) and prints every problem at once. Exits 1 on any problem, so CI and authors
 * see the same verdict. The figures are printed either way: they are what an editor steers by.
 */
import { findEditorialProblems } from "../../content/editorial";
import { formatFigures, measureLibrary } from "../../content/library-figures";
import { readLibrary } from "../../content/load";
import { formatProblems } from "../../content/problems";
import { collectLibraryQuestions } from "../../questions/collect";

const { library, problems } = readLibrary();
problems.push(...findEditorialProblems(library));
const measured = measureLibrary(library);
problems.push(...measured.problems);

console.log(formatFigures(measured.figures, collectLibraryQuestions(library).length));
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
