"""Draw the folders of a careful-reading round (round 31 on).

The rule from round 31 (seed 46): the pool is every gva-dev incident folder with two or more
articles (*.txt) that no list of rounds 10 onward names (incidents-seed25.txt up to the list of
the seed before this one), i.e. folders read only in rounds 1-9 (seeds 13-24, at code of many
sessions ago) or never; the round's 20 folders are random.Random(seed).sample(sorted(pool), 20).
Later rounds use seed 47, 48, ... in the same way.

From round 44 (seed 59) the pool of folders never read since round 10 is used up (two are left):
the pool is then those folders and every folder whose every reading was in rounds 10-14 (seeds
25-29, at code about twenty sessions old), i.e. a re-reading of the oldest-read folders. Rules
written since from those rounds' notes make such a round a weaker held-out test: say so.
When that pool too holds fewer than 20 (round 49, seed 64), the window of old rounds widens a
round at a time (rounds 10-15, 10-16, ...: a folder whose every reading lies in the window)
until it does; rounds 44-48 drew from the window 10-14 and draw the same as before.

Usage: python3 bench/reading/draw.py SEED  (prints the pool size on stderr, the 20 ids on stdout;
the eval set is read from ../shared/eval/gva-dev beside the checkout, or $SHARED_EVAL/gva-dev from a
git worktree elsewhere).
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
#: ../shared/eval beside the checkout; SHARED_EVAL names it from a git worktree elsewhere
EVAL = os.environ.get('SHARED_EVAL') or os.path.join(HERE, '..', '..', '..', 'shared', 'eval')
FIRST_SEED = 25  # round 10's list; rounds 1-9 (seeds 13-24) are drawn again


def drawn(lo, hi):
    """Folder ids named in the incidents-seedN.txt lists with lo <= N <= hi."""
    seen = set()
    for path in glob.glob(os.path.join(HERE, 'incidents-seed*.txt')):
        n = int(re.search(r'seed(\d+)', path).group(1))
        if lo <= n <= hi:
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if line and not line.startswith('#'):
                        seen.add(line.split()[0])
    return seen


def main():
    seed = int(sys.argv[1])
    root = os.path.join(EVAL, 'gva-dev')
    skip = drawn(FIRST_SEED, seed - 1)
    pool = [d for d in sorted(os.listdir(root))
            if os.path.isdir(os.path.join(root, d)) and d not in skip
            and len([f for f in os.listdir(os.path.join(root, d)) if f.endswith('.txt')]) >= 2]
    # round 44 on: the folders read longest ago come back (see above), the window of old
    # rounds widened a round at a time until it holds 20 (rounds 44-48: rounds 10-14)
    last = FIRST_SEED + 4
    base = pool
    while len(pool) < 20 and last < seed - 1:
        later = drawn(last + 1, seed - 1)
        pool = sorted(set(base) | {d for d in drawn(FIRST_SEED, last) - later
                                   if os.path.isdir(os.path.join(root, d))})
        last += 1
    print(len(pool), file=sys.stderr)
    print(' '.join(random.Random(seed).sample(pool, 20)))


if __name__ == '__main__':
    main()
