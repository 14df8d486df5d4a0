import bisect

from torch.utils.data import ConcatDataset, IterableDataset

a, b, c = ["a0", "a1", "a2"], ["b0", "b1"], ["c0", "c1", "c2", "c3"]
joined = ConcatDataset([a, b, c])
print(len(joined), joined.cumulative_sizes)
#> 9 [3, 5, 9]

for index in (2, 3, 5, -1):
    position = index % len(joined)
    part = bisect.bisect_right(joined.cumulative_sizes, position)
    start = joined.cumulative_sizes[part - 1] if part else 0
    print(index, "->", "abc"[part], position - start, joined[index], joined[index] == joined.datasets[part][position - start])
    #> 2 -> a 2 a2 True
    #> 3 -> b 0 b0 True
    #> 5 -> c 0 c0 True
    #> -1 -> c 3 c3 True
print(joined.datasets[1] is b)
#> True


class Stream(IterableDataset):
    def __iter__(self):
        yield from "xy"


try:
    ConcatDataset([a, Stream()])
except AssertionError as error:
    print("AssertionError:", error)
    #> AssertionError: ConcatDataset does not support IterableDataset
