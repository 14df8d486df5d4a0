import torch

i = torch.tensor([1, 2])
f32 = torch.tensor([1.0, 2.0])
f64 = torch.tensor([1.0, 2.0], dtype=torch.float64)
scalar64 = torch.tensor(1.0, dtype=torch.float64)

print(torch.promote_types(torch.int64, torch.float16), torch.promote_types(torch.uint8, torch.int8))
#> torch.float16 torch.int16
print(torch.result_type(i, 0.5), torch.result_type(f32, scalar64), torch.result_type(f32, f64))
#> torch.float32 torch.float32 torch.float64
print((f32 + scalar64).dtype, (f32 + f64).dtype)
#> torch.float32 torch.float64
print((i + 0.5).dtype, (i + scalar64).dtype, (i * True).dtype)
#> torch.float32 torch.float64 torch.int64

try:
    i.add_(0.5)
except RuntimeError as error:
    print(error)
    #> result type Float can't be cast to the desired output type Long
print(i.float().add_(0.5))
#> tensor([1.5000, 2.5000])
