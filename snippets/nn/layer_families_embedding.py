import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(num_embeddings=5, embedding_dim=3, padding_idx=0)
tokens = torch.tensor([[2, 4, 0], [1, 0, 0]])
out = emb(tokens)
print(tokens.shape, "->", out.shape)
#> torch.Size([2, 3]) -> torch.Size([2, 3, 3])
print(torch.equal(out[0, 1], emb.weight[4]))
#> True
print(emb.weight[0].tolist())
#> [0.0, 0.0, 0.0]

out.sum().backward()
print(emb.weight.grad)
#> tensor([[0., 0., 0.],
#>         [1., 1., 1.],
#>         [1., 1., 1.],
#>         [0., 0., 0.],
#>         [1., 1., 1.]])
