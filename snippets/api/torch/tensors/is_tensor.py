import numpy as np
import torch


class Tagged(torch.Tensor):
    pass


x = torch.ones(3)
weight = torch.nn.Parameter(torch.ones(2))
tagged = torch.ones(2).as_subclass(Tagged)
for obj in [x, weight, tagged, torch.tensor(5), np.ones(3), [1.0, 2.0], 5.0]:
    print(f"{type(obj).__name__:9} {torch.is_tensor(obj)!s:5} {isinstance(obj, torch.Tensor)}")
    #> Tensor    True  True
    #> Parameter True  True
    #> Tagged    True  True
    #> Tensor    True  True
    #> ndarray   False False
    #> list      False False
    #> float     False False
