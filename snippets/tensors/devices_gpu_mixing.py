# requires: cuda
import torch

model = torch.nn.Linear(3, 2).to("cuda")
x = torch.ones(4, 3)
try:
    model(x)
except RuntimeError as error:
    print(type(error).__name__, "Expected all tensors to be on the same device" in str(error))
    #> RuntimeError True

print(model(x.to("cuda")).device)
#> cuda:0
