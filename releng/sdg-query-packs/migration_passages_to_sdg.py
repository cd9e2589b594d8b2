#!/usr/bin/env python3
"""Turns the labelled Spanish migration passages into the SDG Classification Benchmark format
(id,text,sdg,label), so that `enlace eval sdg --labels FILE` measures the SDG goal scorer on
Spanish plan text.

Usage:
  migration_passages_to_sdg.py PASSAGES_CSV OUT_CSV [--unlabelled-out FILE]
  (PASSAGES_CSV = ../shared/data/labelled/migration-passages/migration-passages-dev.csv)

OUT_CSV holds positives only: one row per (passage, goal) for every goal of the SDG targets the
annotator gave the passage (`sdg_targets` "10.7;8.8" gives goals 10 and 8), label True, id
"<passage id>-g<goal>". No negatives are written, because the passages' labels do not give any:
targets are given only to migration passages and only for their migration angle (at most three),
so a passage without targets, or a goal missing from a passage's targets, may still be about
that goal. On this file `enlace eval sdg` measures recall (its accuracy column equals recall).

--unlabelled-out FILE writes every passage without targets paired with each of the 17 goals,
label False. Those labels are NOT judgements: the file measures how often each goal fires on
ordinary plan paragraphs (firing rate = 1 - the accuracy the command prints), a check that
clauses are not broad, never a precision.

Standard library only; rows are written in input order, so the output is reproducible.
"""
import csv
import sys

GOALS = 17


def goals_of(targets):
    """Goal numbers of a `sdg_targets` cell such as "10.7;8.8;10.2", first-seen order."""
    goals = []
    for target in targets.split(';'):
        target = target.strip()
        if not target:
            continue
        goal = int(target.split('.')[0])
        if not 1 <= goal <= GOALS:
            raise ValueError('target %r names no SDG' % target)
        if goal not in goals:
            goals.append(goal)
    return goals


def convert(passages, positives, unlabelled):
    """Returns (positive rows, passages with targets, unlabelled rows)."""
    with_targets = 0
    for row in passages:
        goals = goals_of(row['sdg_targets'])
        if goals:
            with_targets += 1
            for goal in goals:
                positives.append(('%s-g%d' % (row['id'], goal), row['text'], goal, 'True'))
        else:
            for goal in range(1, GOALS + 1):
                unlabelled.append(('%s-g%d' % (row['id'], goal), row['text'], goal, 'False'))
    return with_targets


def write(path, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        out = csv.writer(f, lineterminator='\n')
        out.writerow(('id', 'text', 'sdg', 'label'))
        out.writerows(rows)


def main(args):
    if len(args) not in (2, 4) or (len(args) == 4 and args[2] != '--unlabelled-out'):
        sys.stderr.write(__doc__)
        return 2
    with open(args[0], encoding='utf-8', newline='') as f:
        passages = list(csv.DictReader(f))
    positives, unlabelled = [], []
    with_targets = convert(passages, positives, unlabelled)
    write(args[1], positives)
    print('%d passages, %d with SDG targets: %d positive (passage, goal) rows -> %s'
          % (len(passages), with_targets, len(positives), args[1]))
    if len(args) == 4:
        write(args[3], unlabelled)
        print('%d passages without targets x %d goals: %d unlabelled rows -> %s'
              % (len(passages) - with_targets, GOALS, len(unlabelled), args[3]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
