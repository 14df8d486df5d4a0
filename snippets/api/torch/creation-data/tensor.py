import numpy as np
import torch

print(torch.tensor([1, 2, 3]).dtype, torch.tensor([1, 2.5]).dtype, torch.tensor([True, False]).dtype)
#> torch.int64 torch.float32 torch.bool
print(torch.tensor(3.5), torch.tensor(3.5).shape)
#> tensor(3.5000) torch.Size([])

array = np.array([1.0, 2.0, 3.0])
t = torch.tensor(array)
print(t.dtype, t.data_ptr() == array.ctypes.data)
#> torch.float64 False
array[0] = 100.0
print(t)
#> tensor([1., 2., 3.], dtype=torch.float64)

data = [[1, 2], [3, 4]]
m = torch.tensor(data, dtype=torch.float16, requires_grad=False)
data[0][0] = 9
print(m)
#> tensor([[1., 2.],
#>         [3., 4.]], dtype=torch.float16)

w = torch.tensor([0.5, -1.0], requires_grad=True)
(w * w).sum().backward()
print(w.grad, w.is_leaf)
#> tensor([ 1., -2.]) True

try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> ValueError expected sequence of length 2 at dim 1 (got 1)
