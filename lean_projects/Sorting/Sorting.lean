import Sorting.Count
import Sorting.Merge
import Sorting.MergeSort

/-!
# Sorting

Sorting algorithms and their correctness, on top of the insertion sort of
`Lists`: counting occurrences (a sort keeps every count), merging sorted
lists, and merge sort, which returns a sorted list with the same elements.
-/
