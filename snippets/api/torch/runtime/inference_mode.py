import torch

model = torch.nn.Linear(3, 1)
x = torch.ones(2, 3)
with torch.inference_mode():
    out = model(x)
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    #> True False
print(out.requires_grad, out.is_inference(), torch.is_inference_mode_enabled())
#> False True False


@torch.inference_mode()
def predict(batch):
    return model(batch)


print(predict(x).is_inference())
#> True

with torch.inference_mode(mode=False):
    normal = model(x)
    print(torch.is_inference_mode_enabled())
    #> False
print(normal.requires_grad, normal.is_inference())
#> True False
print(torch.equal(out, normal.detach()))
#> True
