//! The sort behind `list.sort` and `sorted` for keys that may call Python code: CPython
//! 3.11's timsort (`Objects/listsort.txt`): natural runs extended to `minrun` by binary
//! insertion, merged in powersort order, with galloping. Following it step for step
//! makes the same comparisons in the same order as CPython — observable when `__lt__`
//! has side effects or is not a total order — and as few of them as CPython makes.
//!
//! It permutes a slice of item numbers; `lt(x, y)` answers `key[x] < key[y]` and may
//! fail, which stops the sort at once (the caller then discards the permutation).

/// Galloping starts after this many consecutive wins of one run (CPython's
/// `MIN_GALLOP`); the threshold adapts per sort.
const MIN_GALLOP: usize = 7;

/// A pending run: `v[base..base + len]` is sorted; `power` orders merges (powersort).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct Merge<'a, E> {
    v: &'a mut [usize],
    lt: &'a mut dyn FnMut(usize, usize) -> Result<bool, E>,
    runs: Vec<Run>,
    tmp: Vec<usize>,
    min_gallop: usize,
}

/// Sorts `v` stably by `lt`.
pub fn sort<E>(
    v: &mut [usize],
    lt: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    let mut ms = Merge {
        v,
        lt,
        runs: Vec::new(),
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
    };
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut len, descending) = ms.count_run(lo, n)?;
        if descending {
            ms.v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(lo, lo + force, lo + len)?;
            len = force;
        }
        ms.found_new_run(len, n)?;
        ms.runs.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    // Merge what is left, smaller neighbours first.
    while ms.runs.len() > 1 {
        let mut i = ms.runs.len() - 2;
        if i > 0 && ms.runs[i - 1].len < ms.runs[i + 1].len {
            i -= 1;
        }
        ms.merge_at(i)?;
    }
    Ok(())
}

/// Runs shorter than this are extended by binary insertion: `n` itself below 64, else
/// a number in 32..=64 such that `n / minrun` is a power of two or just under one.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the boundary between the run at `s1` (length `n1`) and the
/// one after it (length `n2`) in a list of `n`: the first bit where the binary
/// expansions of the two runs' midpoints (as fractions of `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<E> Merge<'_, E> {
    #[inline]
    fn lt(&mut self, x: usize, y: usize) -> Result<bool, E> {
        (self.lt)(x, y)
    }

    /// The run starting at `lo` (before `hi`): its length and whether it is strictly
    /// descending (then reversing it keeps the sort stable).
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let descending = self.lt(self.v[lo + 1], self.v[lo])?;
        let mut i = lo + 2;
        while i < hi && self.lt(self.v[i], self.v[i - 1])? == descending {
            i += 1;
        }
        Ok((i - lo, descending))
    }

    /// Extends the sorted `v[lo..start]` to `v[lo..hi]` by binary insertion (an equal
    /// item goes after the ones already there).
    fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> Result<(), E> {
        let start = if start == lo { start + 1 } else { start };
        for s in start..hi {
            let pivot = self.v[s];
            let (mut l, mut r) = (lo, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v.copy_within(l..s, l + 1);
            self.v[l] = pivot;
        }
        Ok(())
    }

    /// A new run of `len` follows the last pending one: merge pending runs whose power
    /// exceeds the new boundary's (keeps the stack's powers increasing).
    fn found_new_run(&mut self, len: usize, n: usize) -> Result<(), E> {
        let Some(last) = self.runs.last().copied() else {
            return Ok(());
        };
        let p = power(last.base, last.len, len, n);
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > p {
            self.merge_at(self.runs.len() - 2)?;
        }
        if let Some(r) = self.runs.last_mut() {
            r.power = p;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1` (`i` is the second- or third-last).
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let (a, b) = (self.runs[i], self.runs[i + 1]);
        self.runs[i].len = a.len + b.len;
        self.runs.remove(i + 1);
        // Items of A before where B's first goes, and of B after where A's last goes,
        // are already in place.
        let first_b = self.v[b.base];
        let k = self.gallop_right(first_b, a.base, a.len, 0, false)?;
        let (base_a, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        let last_a = self.v[base_a + na - 1];
        let nb = self.gallop_left(last_a, b.base, b.len, b.len - 1, false)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, b.base, nb)
        } else {
            self.merge_hi(base_a, na, b.base, nb)
        }
    }

    /// The item at `at + i` of `v`, or of `tmp` when `in_tmp`.
    #[inline]
    fn item(&self, in_tmp: bool, at: usize, i: usize) -> usize {
        if in_tmp {
            self.tmp[at + i]
        } else {
            self.v[at + i]
        }
    }

    /// Where `key` goes in the sorted `a = (v or tmp)[at..at + n]`, before any equal
    /// items (the leftmost `k` with `a[k-1] < key <= a[k]`), searching outward from
    /// `hint` in steps 1, 3, 7, ... then by bisection.
    fn gallop_left(
        &mut self,
        key: usize,
        at: usize,
        n: usize,
        hint: usize,
        in_tmp: bool,
    ) -> Result<usize, E> {
        let (mut last, mut ofs): (isize, isize);
        if self.lt(self.item(in_tmp, at, hint), key)? {
            // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
            let max = (n - hint) as isize;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(self.item(in_tmp, at, hint + ofs as usize), key)? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            last += hint as isize;
            ofs += hint as isize;
        } else {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
            let max = hint as isize + 1;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(self.item(in_tmp, at, hint - ofs as usize), key)? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            (last, ofs) = (hint as isize - ofs, hint as isize - last);
        }
        // a[last] < key <= a[ofs]: bisect in between.
        let (mut lo, mut hi) = ((last + 1) as usize, ofs as usize);
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(self.item(in_tmp, at, m), key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Like [`Merge::gallop_left`], but after any equal items (the rightmost `k` with
    /// `a[k-1] <= key < a[k]`).
    fn gallop_right(
        &mut self,
        key: usize,
        at: usize,
        n: usize,
        hint: usize,
        in_tmp: bool,
    ) -> Result<usize, E> {
        let (mut last, mut ofs): (isize, isize);
        if self.lt(key, self.item(in_tmp, at, hint))? {
            // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - last].
            let max = hint as isize + 1;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(key, self.item(in_tmp, at, hint - ofs as usize))? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            (last, ofs) = (hint as isize - ofs, hint as isize - last);
        } else {
            // a[hint] <= key: gallop right until a[hint + last] <= key < a[hint + ofs].
            let max = (n - hint) as isize;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(key, self.item(in_tmp, at, hint + ofs as usize))? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            last += hint as isize;
            ofs += hint as isize;
        }
        let (mut lo, mut hi) = ((last + 1) as usize, ofs as usize);
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(key, self.item(in_tmp, at, m))? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// Merges the adjacent sorted runs `v[pa..pa + na]` and `v[pb..pb + nb]` (A no longer
    /// than B) front to back, A copied aside. The first item of B and the last of A are
    /// known to be the merge's first and last.
    fn merge_lo(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pa..pa + na]);
        let (mut dest, mut ia, mut ib) = (pa, 0, pb);
        self.v[dest] = self.v[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        // `true`: A's last item is left and belongs after the rest of B.
        let copy_b = 'merge: {
            if nb == 0 {
                break 'merge false;
            }
            if na == 1 {
                break 'merge true;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One item at a time until one run wins `min_gallop` times in a row.
                loop {
                    if self.lt(self.v[ib], self.tmp[ia])? {
                        self.v[dest] = self.v[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge false;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.v[dest] = self.tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge true;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping: move whole stretches while either run keeps winning.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(self.v[ib], ia, na, 0, true)?;
                    acount = k;
                    if k > 0 {
                        self.v[dest..dest + k].copy_from_slice(&self.tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge true;
                        }
                        // Only an inconsistent `<` gets here.
                        if na == 0 {
                            break 'merge false;
                        }
                    }
                    self.v[dest] = self.v[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge false;
                    }
                    let k = self.gallop_left(self.tmp[ia], ib, nb, 0, false)?;
                    bcount = k;
                    if k > 0 {
                        self.v.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge false;
                        }
                    }
                    self.v[dest] = self.tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge true;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Penalise leaving galloping mode.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if copy_b {
            self.v.copy_within(ib..ib + nb, dest);
            self.v[dest + nb] = self.tmp[ia];
        } else {
            self.v[dest..dest + na].copy_from_slice(&self.tmp[ia..ia + na]);
        }
        Ok(())
    }

    /// [`Merge::merge_lo`] back to front, for A longer than B (B copied aside).
    fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pb..pb + nb]);
        // Cursors point at the next item to place (dest) or take (ia, ib); they can
        // step one below their run's start when it is used up.
        let (mut dest, mut ia, mut ib) = (
            (pb + nb - 1) as isize,
            (pa + na - 1) as isize,
            nb as isize - 1,
        );
        let at = |i: isize| i as usize;
        self.v[at(dest)] = self.v[at(ia)];
        dest -= 1;
        ia -= 1;
        na -= 1;
        // `true`: B's first item is left and belongs before the rest of A.
        let copy_a = 'merge: {
            if na == 0 {
                break 'merge false;
            }
            if nb == 1 {
                break 'merge true;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if self.lt(self.tmp[at(ib)], self.v[at(ia)])? {
                        self.v[at(dest)] = self.v[at(ia)];
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge false;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.v[at(dest)] = self.tmp[at(ib)];
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge true;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = self.gallop_right(self.tmp[at(ib)], pa, na, na - 1, false)?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        self.v.copy_within(at(ia + 1)..at(ia + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'merge false;
                        }
                    }
                    self.v[at(dest)] = self.tmp[at(ib)];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge true;
                    }
                    let k = self.gallop_left(self.v[at(ia)], 0, nb, nb - 1, true)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        let (d, s) = (at(dest + 1), at(ib + 1));
                        self.v[d..d + k].copy_from_slice(&self.tmp[s..s + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge true;
                        }
                        // Only an inconsistent `<` gets here.
                        if nb == 0 {
                            break 'merge false;
                        }
                    }
                    self.v[at(dest)] = self.v[at(ia)];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge false;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if copy_a {
            let d = at(dest + 1) - na;
            let s = at(ia + 1) - na;
            self.v.copy_within(s..s + na, d);
            self.v[d - 1] = self.tmp[at(ib)];
        } else if nb > 0 {
            let d = at(dest + 1) - nb;
            self.v[d..d + nb].copy_from_slice(&self.tmp[..nb]);
        }
        Ok(())
    }
}
