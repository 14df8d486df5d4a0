import torch
import torch.nn as nn


class LayerFirst(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)
        super().__init__()


class ParameterFirst(nn.Module):
    def __init__(self):
        self.scale = nn.Parameter(torch.ones(1))
        super().__init__()


class WrongClassInSuper(nn.Module):
    def __init__(self):
        super(nn.Linear, self).__init__()


for cls in (LayerFirst, ParameterFirst, WrongClassInSuper):
    try:
        cls()
    except (AttributeError, TypeError) as error:
        print(f"{cls.__name__}: {type(error).__name__}: {error}")
        #> LayerFirst: AttributeError: cannot assign module before Module.__init__() call
        #> ParameterFirst: AttributeError: cannot assign parameters before Module.__init__() call
        #> WrongClassInSuper: TypeError: super(type, obj): obj must be an instance or subtype of type
