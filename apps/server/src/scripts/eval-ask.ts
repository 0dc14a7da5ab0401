import { evaluateParser } from '../modules/ask/eval/run-eval';

// `npm run eval:ask [file.json]`: accuracy of the offline parser on the evaluation set (or on a
// held-out batch of the same shape), and its latency.
const result = evaluateParser(undefined, process.argv[2]);
for (const miss of result.misses) {
  console.log(
    `✗ ${miss.question}\n  expected ${JSON.stringify(miss.expected)}\n  got      ${JSON.stringify(miss.got)}`,
  );
}
console.log(
  `Ask eval: ${result.correct}/${result.total} exact structured-query matches (${(result.accuracy * 100).toFixed(1)} %), ` +
    `${result.spanish} in Spanish; parser p95 ${result.p95WarmMs.toFixed(2)} ms (first pass ${result.p95ColdMs.toFixed(2)} ms)`,
);
