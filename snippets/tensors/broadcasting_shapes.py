import torch

pairs = [
    ((3,), (3,)),
    ((2, 3), (3,)),
    ((4, 1), (3,)),
    ((5, 1, 4), (3, 1)),
    ((8, 1, 6, 1), (7, 1, 5)),
    ((), (2, 2)),
    ((2, 3), (2,)),
]

print(f"{'a':<14}{'b':<12}result")
#> a             b           result
for a, b in pairs:
    try:
        result = str(tuple(torch.broadcast_shapes(a, b)))
    except RuntimeError:
        result = "RuntimeError"
    print(f"{str(a):<14}{str(b):<12}{result}")
    #> (3,)          (3,)        (3,)
    #> (2, 3)        (3,)        (2, 3)
    #> (4, 1)        (3,)        (4, 3)
    #> (5, 1, 4)     (3, 1)      (5, 3, 4)
    #> (8, 1, 6, 1)  (7, 1, 5)   (8, 7, 6, 5)
    #> ()            (2, 2)      (2, 2)
    #> (2, 3)        (2,)        RuntimeError

try:
    torch.broadcast_shapes((2, 3), (2,))
except RuntimeError as error:
    print(error)
    #> Attempting to broadcast a dimension of length 2 at -1! Mismatching argument at index 1 had (2,); but expected shape should be broadcastable to [2, 3]
try:
    torch.ones(2, 3) + torch.ones(2)
except RuntimeError as error:
    print(error)
    #> The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
