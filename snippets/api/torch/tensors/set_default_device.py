import torch

print(torch.get_default_device())
#> cpu
torch.set_default_device("meta")
print(torch.get_default_device())
#> meta
print(torch.zeros(2).device, torch.tensor([1.0]).device, torch.arange(3).device, torch.randn(2).device)
#> meta meta meta meta
print(torch.nn.Linear(2, 2).weight.device, torch.ones(2, device="cpu").device)
#> meta cpu
torch.set_default_device(None)
print(torch.get_default_device(), torch.zeros(2).device)
#> cpu cpu
with torch.device("meta"):
    print(torch.zeros(2).device)
    #> meta
print(torch.zeros(2).device)
#> cpu
