//! Results too large to build raise exceptions (CPython would try, then usually raise
//! `MemoryError`) instead of aborting the process on allocation.

mod common;
use common::check;

#[test]
fn oversized_text_results_raise() {
    check(
        "for f in [lambda: '1'.zfill(10**10), lambda: 'a\\tb'.expandtabs(10**9),\n\
         \x20         lambda: ('a' * 1000).replace('', 'x' * 1000000),\n\
         \x20         lambda: 'a'.center(10**12), lambda: 'x'.ljust(10**11, '*')]:\n\
         \x20   try:\n\
         \x20       f()\n\
         \x20   except (MemoryError, OverflowError, ValueError) as e:\n\
         \x20       print(type(e).__name__)\n",
        "MemoryError\nMemoryError\nMemoryError\nMemoryError\nMemoryError\n",
    );
}

#[test]
fn huge_counts_do_not_allocate_up_front() {
    check(
        "import random\n\
         print(len(random.sample(range(10**18), 3)))\n\
         print(next(reversed(range(10**18))))\n\
         print(round(12345, -10**30), random.getrandbits(0))\n",
        "3\n999999999999999999\n0 0\n",
    );
}

#[test]
fn seeded_random_matches_cpython() {
    check(
        "import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 100))\n",
        "0.6394267984578837 4\n",
    );
}
