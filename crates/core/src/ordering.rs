//! One stable sort for the whole portal.
//!
//! The standard library's sort is generic over the comparison: each
//! `sort_by` with its own closure becomes a copy of the whole sorting
//! algorithm in the wasm, and the portal's pages sort in many places. Here
//! the algorithm is instantiated once, over indices with a `dyn`
//! comparison, and every list of the portal sorts through it.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Sorts `items` stably by a key, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order and removes repeats.
pub fn sort_and_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

/// The positions `0..len` in the order `compare` gives them.
fn sorted_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut words = vec![("b", 1), ("a", 2), ("b", 0), ("a", 1)];
        sort_by(&mut words, |x, y| x.0.cmp(y.0));
        assert_eq!(words, [("a", 2), ("a", 1), ("b", 1), ("b", 0)]);
        sort_by_key(&mut words, |w| std::cmp::Reverse(w.1));
        assert_eq!(words, [("a", 2), ("a", 1), ("b", 1), ("b", 0)]);
        let mut years = vec![2021, 2016, 2021, 2017];
        sort_and_dedup(&mut years);
        assert_eq!(years, [2016, 2017, 2021]);
    }
}
