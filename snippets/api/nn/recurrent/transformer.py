import warnings

import torch
from torch import nn

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16)
for w in caught:
    print(w.category.__name__ + ":", w.message)
    #> UserWarning: enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.self_attn.batch_first was not True(use batch_first for better inference performance)
print("children:", [name for name, _ in model.named_children()])
#> children: ['encoder', 'decoder']
print("parameters:", sum(p.numel() for p in model.parameters()))
#> parameters: 1536

src, tgt = torch.randn(6, 2, 8), torch.randn(4, 2, 8)
tgt_mask = nn.Transformer.generate_square_subsequent_mask(4)
print(tgt_mask)
#> tensor([[0., -inf, -inf, -inf],
#>         [0., 0., -inf, -inf],
#>         [0., 0., 0., -inf],
#>         [0., 0., 0., 0.]])
print(tgt_mask.dtype, "== full(-inf).triu(1):", torch.equal(tgt_mask, torch.full((4, 4), float("-inf")).triu(1)))
#> torch.float32 == full(-inf).triu(1): True
model.eval()
out = model(src, tgt, tgt_mask=tgt_mask)
print("src", tuple(src.shape), "tgt", tuple(tgt.shape), "-> out", tuple(out.shape))
#> src (6, 2, 8) tgt (4, 2, 8) -> out (4, 2, 8)

changed = tgt.clone()
changed[3] = 100.0
out2 = model(src, changed, tgt_mask=tgt_mask)
print("changing tgt[3] leaves out[:3]:", torch.allclose(out[:3], out2[:3], atol=1e-6), "| out[3]:", torch.allclose(out[3], out2[3]))
#> changing tgt[3] leaves out[:3]: True | out[3]: False

model.train()
print("train(): two calls equal:", torch.equal(model(src, tgt), model(src, tgt)))
#> train(): two calls equal: False
