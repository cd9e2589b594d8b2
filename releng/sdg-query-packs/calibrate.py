#!/usr/bin/env python3
"""Fits SdgParameters on a features file written by `enlace eval sdg --labels FILE --features OUT`
and reports the 5-fold cross-validated accuracy (the honest figure) next to the in-sample one.

Usage: calibrate.py FEATURES.csv
Grid search over a few global weights and one global threshold (no per-goal parameters: with ~50
rows per goal they would fit noise). Folds are by row order modulo 5 after a seeded shuffle.
"""
import csv
import itertools
import math
import random
import sys

GRID_CLAUSE = [1.0]
GRID_SIM = [0, 2, 4, 8, 12, 16, 24]
GRID_REL = [0, 0.5, 1, 2, 4]


def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for r in csv.DictReader(f):
            rows.append((math.log2(1 + int(r['clauses'])), float(r['similarity']),
                         float(r['similarity']) / float(r['best_similarity']) if float(r['best_similarity']) else 0,
                         r['label'] == 'true'))
    return rows


def best_threshold(scores):
    candidates = sorted(set(s for s, _ in scores))
    best = (-1, 0)
    for t in candidates:
        acc = sum((s >= t) == y for s, y in scores)
        best = max(best, (acc, -t))
    return -best[1], best[0] / len(scores)


def fit(rows):
    best = None
    for c, s, r in itertools.product(GRID_CLAUSE, GRID_SIM, GRID_REL):
        scores = [(c * q + s * sim + r * rel, y) for q, sim, rel, y in rows]
        t, acc = best_threshold(scores)
        if best is None or acc > best[0]:
            best = (acc, (c, s, r, t))
    return best


def main(path):
    rows = load(path)
    order = list(range(len(rows)))
    random.Random(20240613).shuffle(order)
    correct = 0
    for k in range(5):
        test = [rows[i] for n, i in enumerate(order) if n % 5 == k]
        train = [rows[i] for n, i in enumerate(order) if n % 5 != k]
        _, (c, s, r, t) = fit(train)
        correct += sum((c * q + s * sim + r * rel >= t) == y for q, sim, rel, y in test)
    acc, params = fit(rows)
    print('cross_validated_accuracy=%.3f in_sample_accuracy=%.3f' % (correct / len(rows), acc))
    print('clauseWeight=%g\nsimilarityWeight=%g\nrelativeWeight=%g\nthreshold=%.6f' % params)


if __name__ == '__main__':
    main(sys.argv[1])
