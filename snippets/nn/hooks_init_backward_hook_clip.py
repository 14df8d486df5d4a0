import torch
import torch.nn as nn


def run(clip):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
    if clip:
        def clip_input_grad(module, grad_input, grad_output):
            return tuple(g.clamp(-0.01, 0.01) if g is not None else None for g in grad_input)
        model[2].register_full_backward_hook(clip_input_grad)
    x = torch.randn(8, 4)
    (model(x) * 100).sum().backward()
    return model[0].weight.grad.abs().max().item(), model[2].weight.grad.abs().max().item()


for clip in (False, True):
    first, last = run(clip)
    print(f"clip={clip!s:5}  max|layer 0 weight.grad|={first:9.4f}  max|layer 2 weight.grad|={last:9.4f}")
    #> clip=False  max|layer 0 weight.grad|= 170.5849  max|layer 2 weight.grad|= 316.2900
    #> clip=True   max|layer 0 weight.grad|=   0.0411  max|layer 2 weight.grad|= 316.2900
