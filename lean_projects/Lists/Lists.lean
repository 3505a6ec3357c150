import Lists.Basic
import Lists.Sum
import Lists.Reverse
import Lists.Filter
import Lists.Sort
import Lists.Take

/-!
# Lists

Lists as a data structure: append and length, sums, reversal, filtering and
counting, and insertion sort with its correctness properties.
-/
