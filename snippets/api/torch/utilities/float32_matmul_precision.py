import torch

print(torch.get_float32_matmul_precision())
#> highest
for precision in ["high", "medium", "highest"]:
    torch.set_float32_matmul_precision(precision)
    print(precision, torch.get_float32_matmul_precision(),
          torch.backends.cuda.matmul.fp32_precision,
          torch.backends.mkldnn.matmul.fp32_precision)
    #> high high tf32 tf32
    #> medium medium tf32 bf16
    #> highest highest ieee ieee

torch.manual_seed(0)
a = torch.randn(256, 256)
b = torch.randn(256, 256)
exact = a @ b
torch.set_float32_matmul_precision("medium")
fast = a @ b
torch.set_float32_matmul_precision("highest")
print(f"largest difference on this machine: {(exact - fast).abs().max().item():.1e}")
#> largest difference on this machine: ...
