import torch

i = torch.tensor([1, 2, 3], dtype=torch.int32)
f = torch.tensor([1.0, 2.0, 3.0])
print(torch.equal(i, f), i.dtype == f.dtype)
#> True False
try:
    torch.testing.assert_close(i, f)
except AssertionError as e:
    print(type(e).__name__, e)
    #> AssertionError The values for attribute 'dtype' do not match: torch.int32 != torch.float32.
