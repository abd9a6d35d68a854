// The Scoring package: indicator scoring, aggregation, grades and explanations (see the scoring issue).
[assembly: System.CLSCompliant(false)]
