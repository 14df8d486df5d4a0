import numpy as np
import torch

np.arange(6, dtype=np.float32).tofile("data.bin")

private = torch.from_file("data.bin", shared=False, size=6, dtype=torch.float32)
private[0] = 100.0
print(private)
#> tensor([100.,   1.,   2.,   3.,   4.,   5.])
print(np.fromfile("data.bin", dtype=np.float32))
#> [0. 1. 2. 3. 4. 5.]

mapped = torch.from_file("data.bin", shared=True, size=6, dtype=torch.float32)
mapped[0] = -1.0
del mapped
print(np.fromfile("data.bin", dtype=np.float32))
#> [-1.  1.  2.  3.  4.  5.]

print(torch.from_file("data.bin", size=2, dtype=torch.float64))
#> tensor([7.8125e-03, 3.2000e+01], dtype=torch.float64)

try:
    torch.from_file("data.bin", shared=False, size=10, dtype=torch.float32)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError file <data.bin> size <24> is smaller than the required mapping size <40>
