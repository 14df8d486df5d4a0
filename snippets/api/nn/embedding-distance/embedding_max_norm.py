import torch
from torch import nn

weight = torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
table = nn.Embedding.from_pretrained(weight, max_norm=1.0).eval()
print("norms before:", table.weight.norm(dim=1).tolist())
#> norms before: [5.0, 0.5, 10.0]
with torch.no_grad():
    out = table(torch.tensor([0, 1]))
print("output:", out)
#> output: tensor([[0.6000, 0.8000],
#>         [0.3000, 0.4000]])
print("norms after one eval() forward:", [round(n, 4) for n in table.weight.norm(dim=1).tolist()])
#> norms after one eval() forward: [1.0, 0.5, 10.0]
print("caller's tensor changed too:", weight)
#> caller's tensor changed too: tensor([[0.6000, 0.8000],
#>         [0.3000, 0.4000],
#>         [6.0000, 8.0000]])
