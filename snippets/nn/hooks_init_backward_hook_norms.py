import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 1))
norms = {}


def watch(name):
    def hook(module, grad_input, grad_output):
        norms[name] = (grad_output[0].norm().item(), module.weight.numel())
    return hook


for name, m in model.named_children():
    if isinstance(m, nn.Linear):
        m.register_full_backward_hook(watch(name))

x = torch.randn(32, 8, requires_grad=True)
model(x).pow(2).mean().backward()
for name in sorted(norms, key=int):
    grad_norm, n = norms[name]
    weight_grad = model[int(name)].weight.grad.norm().item()
    print(f"layer {name}: |grad_output|={grad_norm:.4f}  |weight.grad|={weight_grad:.4f}  ({n} weights)")
    #> layer 0: |grad_output|=0.0258  |weight.grad|=0.1341  (128 weights)
    #> layer 2: |grad_output|=0.0595  |weight.grad|=0.2872  (256 weights)
    #> layer 4: |grad_output|=0.1295  |weight.grad|=0.5041  (16 weights)
print("call order:", list(norms))
#> call order: ['4', '2', '0']
