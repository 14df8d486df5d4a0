import torch

for dtype in [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.bool, torch.complex64]:
    t = torch.zeros(2, dtype=dtype)
    print(f"{str(dtype):15} {torch.is_floating_point(t)!s:5} {t.dtype.is_floating_point}")
    #> torch.float32   True  True
    #> torch.float64   True  True
    #> torch.float16   True  True
    #> torch.bfloat16  True  True
    #> torch.int64     False False
    #> torch.bool      False False
    #> torch.complex64 False False
