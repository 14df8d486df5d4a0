import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2, norm=nn.LayerNorm(8))
print("layers are copies:", encoder.layers[0] is layer, encoder.layers[0] is encoder.layers[1])
#> layers are copies: False False
print("same initial weights:", torch.equal(encoder.layers[0].linear1.weight, encoder.layers[1].linear1.weight))
#> same initial weights: True

decoder = nn.TransformerDecoder(nn.TransformerDecoderLayer(8, 2, 16, batch_first=True), num_layers=2)
src, tgt = torch.randn(2, 5, 8), torch.randn(2, 3, 8)
memory = encoder(src)
out = decoder(tgt, memory, tgt_mask=nn.Transformer.generate_square_subsequent_mask(3), tgt_is_causal=True)
print("src", tuple(src.shape), "-> memory", tuple(memory.shape), "| tgt", tuple(tgt.shape), "-> out", tuple(out.shape))
#> src (2, 5, 8) -> memory (2, 5, 8) | tgt (2, 3, 8) -> out (2, 3, 8)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True, norm_first=True), num_layers=2)
print(caught[0].category.__name__ + ":", caught[0].message)
#> UserWarning: enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.norm_first was True
