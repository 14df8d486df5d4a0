import torch
from torch import nn

torch.manual_seed(0)
enc_layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
dec_layer = nn.TransformerDecoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
print("encoder layer:", [name for name, _ in enc_layer.named_children()])
#> encoder layer: ['self_attn', 'linear1', 'dropout', 'linear2', 'norm1', 'norm2', 'dropout1', 'dropout2']
print("decoder layer:", [name for name, _ in dec_layer.named_children()])
#> decoder layer: ['self_attn', 'multihead_attn', 'linear1', 'dropout', 'linear2', 'norm1', 'norm2', 'norm3', 'dropout1', 'dropout2', 'dropout3']

src, tgt = torch.randn(2, 5, 8), torch.randn(2, 3, 8)
print("encoder layer:", tuple(src.shape), "->", tuple(enc_layer(src).shape))
#> encoder layer: (2, 5, 8) -> (2, 5, 8)
print("decoder layer:", tuple(tgt.shape), "+ memory", tuple(src.shape), "->", tuple(dec_layer(tgt, src).shape))
#> decoder layer: (2, 3, 8) + memory (2, 5, 8) -> (2, 3, 8)

print("train(): two calls equal:", torch.equal(enc_layer(src), enc_layer(src)))
#> train(): two calls equal: False
enc_layer.eval()
print("eval():  two calls equal:", torch.equal(enc_layer(src), enc_layer(src)))
#> eval():  two calls equal: True

post = enc_layer(src)
pre = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True, norm_first=True).eval()(src)
mean, std = post.mean(-1), post.std(-1, correction=0)
print("norm_first=False: every position has mean 0, std 1:", torch.allclose(mean, torch.zeros(2, 5), atol=1e-5), torch.allclose(std, torch.ones(2, 5), atol=1e-4))
#> norm_first=False: every position has mean 0, std 1: True True
print("norm_first=True:  mean, std of a position:", round(pre[0, 0].mean().item(), 4), round(pre[0, 0].std(correction=0).item(), 4))
#> norm_first=True:  mean, std of a position: 0.2713 0.8816
