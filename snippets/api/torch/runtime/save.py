import zipfile

import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
torch.save(model.state_dict(), "linear.pt")
print(zipfile.is_zipfile("linear.pt"))
#> True

restored = torch.nn.Linear(3, 2)
print(restored.load_state_dict(torch.load("linear.pt")))
#> <All keys matched successfully>
x = torch.randn(4, 3)
print(torch.equal(model(x), restored(x)))
#> True

weight = torch.arange(3.0)
torch.save({"a": weight, "b": weight, "step": 7}, "shared.pt")
loaded = torch.load("shared.pt")
print(loaded["step"], loaded["a"].data_ptr() == loaded["b"].data_ptr())
#> 7 True
