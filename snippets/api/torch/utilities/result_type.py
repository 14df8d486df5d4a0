import torch

i32 = torch.tensor([1, 2], dtype=torch.int32)
print(torch.result_type(i32, 2), torch.result_type(i32, torch.tensor(2)))
#> torch.int32 torch.int32
print(torch.result_type(i32, torch.tensor([2])))
#> torch.int64
print(torch.result_type(i32, 2.5), torch.result_type(i32, torch.tensor(2.5, dtype=torch.float64)))
#> torch.float32 torch.float64
print(torch.result_type(2, 2.5))
#> torch.float32

h = torch.tensor([1.0], dtype=torch.float16)
print(torch.result_type(h, torch.tensor(1.0, dtype=torch.float64)), (h + torch.tensor(1.0, dtype=torch.float64)).dtype)
#> torch.float16 torch.float16
print((i32 + 2.5).dtype, (i32 + torch.tensor([2])).dtype)
#> torch.float32 torch.int64
