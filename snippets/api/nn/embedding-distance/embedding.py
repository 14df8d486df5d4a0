import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
table = nn.Embedding(num_embeddings=10, embedding_dim=4)
for name, p in table.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
    #> weight (10, 4) True
print("buffers:", [name for name, _ in table.named_buffers()])
#> buffers: []

ids = torch.tensor([[1, 2, 4], [4, 3, 9]])
out = table(ids)
print("ids", tuple(ids.shape), "->", tuple(out.shape))
#> ids (2, 3) -> (2, 3, 4)
print("equals weight[ids]:", torch.equal(out, table.weight[ids]), "F.embedding:", torch.equal(out, F.embedding(ids, table.weight)))
#> equals weight[ids]: True F.embedding: True
print("same in eval():", torch.equal(out, table.eval()(ids)))
#> same in eval(): True

try:
    table(torch.tensor([1.0, 2.0]))
except RuntimeError as error:
    print("float ids:", str(error).split(";")[0])
    #> float ids: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int

big = nn.Embedding(1000, 100).weight
print("init N(0, 1): mean", round(big.mean().item(), 2) + 0.0, "std", round(big.std().item(), 2))
#> init N(0, 1): mean -0.01 std 1.0
