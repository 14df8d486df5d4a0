import torch
from torch import nn

x = torch.arange(16.0).view(1, 1, 4, 4)
unfold = nn.Unfold(kernel_size=2, stride=2)
fold = nn.Fold(output_size=(4, 4), kernel_size=2, stride=2)
cols = unfold(x)
print("columns:", tuple(cols.shape), "-> fold:", tuple(fold(cols).shape))
#> columns: (1, 4, 4) -> fold: (1, 1, 4, 4)
print("no overlap, Fold(Unfold(x)) == x:", torch.equal(fold(cols), x))
#> no overlap, Fold(Unfold(x)) == x: True
print("(2, 12, 4): C = 12 / (2 * 2) ->", tuple(fold(torch.randn(2, 12, 4)).shape))
#> (2, 12, 4): C = 12 / (2 * 2) -> (2, 3, 4, 4)
print("parameters:", list(fold.parameters()), "buffers:", list(fold.buffers()))
#> parameters: [] buffers: []

try:
    fold(torch.randn(1, 4, 5))
except RuntimeError as error:
    print("L = 5: RuntimeError: expected" + str(error).split(", expected")[1])
    #> L = 5: RuntimeError: expected size of input's dimension 2 to match the calculated number of sliding blocks 2 * 2 = 4, but got input.size(2)=5.
