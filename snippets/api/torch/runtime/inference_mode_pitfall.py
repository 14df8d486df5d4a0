import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 3)
with torch.inference_mode():
    features = model(torch.ones(2, 3))

head = torch.nn.Linear(3, 1)
try:
    head(features).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split(". ")[0])
    #> RuntimeError Inference tensors cannot be saved for backward
try:
    features.add_(1)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> RuntimeError Inplace update to inference tensor outside InferenceMode is not allowed

head(features.clone()).sum().backward()
print(head.weight.grad.shape, features.clone().is_inference())
#> torch.Size([1, 3]) False
