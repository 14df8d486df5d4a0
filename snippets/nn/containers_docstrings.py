import inspect
import pydoc

import torch.nn as nn


class Scale(nn.Module):
    """Multiply the input by a fixed factor.

    Args:
        factor: the number every element is multiplied by.
    """

    def __init__(self, factor):
        super().__init__()
        self.factor = factor


print(Scale.__doc__.splitlines()[0])
#> Multiply the input by a fixed factor.
print(Scale(2.0).__doc__ == Scale.__doc__)
#> True
print(inspect.getdoc(nn.Linear).splitlines()[0])
#> Applies an affine linear transformation to the incoming data: :math:`y = xA^T + b`.

lines = pydoc.render_doc(Scale, renderer=pydoc.plaintext).splitlines()
print(len(lines), "lines, the first 7:")
#> 1107 lines, the first 7:
for line in lines[:7]:
    print(line.rstrip())
    #> Python Library Documentation: class Scale in module __main__
    #>
    #> class Scale(torch.nn.modules.module.Module)
    #>  |  Scale(factor)
    #>  |
    #>  |  Multiply the input by a fixed factor.
    #>  |
print([line.strip(" |") for line in lines if line.startswith(" |  ") and line.endswith("defined here:")])
#> ['Methods defined here:', 'Data and other attributes defined here:']
