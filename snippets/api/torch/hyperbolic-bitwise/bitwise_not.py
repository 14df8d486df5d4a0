import torch

ints = torch.tensor([5, 0, -1, -6])
print(torch.bitwise_not(ints), [~v for v in [5, 0, -1, -6]])
#> tensor([-6, -1,  0,  5]) [-6, -1, 0, 5]
print(torch.bitwise_not(torch.tensor([5, 0], dtype=torch.uint8)))
#> tensor([250, 255], dtype=torch.uint8)
print(torch.bitwise_not(torch.tensor([True, False])))
#> tensor([False,  True])
try:
    torch.bitwise_not(torch.tensor([1.0]))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError "bitwise_not_cpu" not implemented for 'Float'
