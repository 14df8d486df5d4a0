import torch

cases = [
    (torch.tensor([4.0, 6.0]), torch.tensor([6.0, 9.0])),
    (torch.tensor([True, False]), torch.tensor([True, True])),
]
for a, b in cases:
    try:
        torch.gcd(a, b)
    except NotImplementedError as e:
        print(type(e).__name__, e)
        #> NotImplementedError "gcd_cpu" not implemented for 'Float'
        #> NotImplementedError "gcd_cpu" not implemented for 'Bool'
try:
    torch.gcd(torch.tensor([4, 6]), 4)
except TypeError as e:
    print(type(e).__name__, e)
    #> TypeError gcd(): argument 'other' (position 2) must be Tensor, not int
print(torch.gcd(torch.tensor([4, 6]), torch.tensor(4)))
#> tensor([4, 2])
print(torch.gcd(torch.tensor([4.0, 6.0]).long(), torch.tensor([6, 9])))
#> tensor([2, 3])
