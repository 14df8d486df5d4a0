import enum
import inspect
import textwrap
import warnings

import torch
import torchvision.transforms as v1
from torchvision.transforms import v2

names = sorted(name for name, obj in vars(v1).items() if inspect.isclass(obj) and not name.startswith("_"))
print(len(names), "classes in v1, of which in v2:", sum(hasattr(v2, name) for name in names))
#> 41 classes in v1, of which in v2: 41
print(textwrap.fill(", ".join(names), 100))
#> AugMix, AutoAugment, AutoAugmentPolicy, CenterCrop, ColorJitter, Compose, ConvertImageDtype,
#> ElasticTransform, FiveCrop, GaussianBlur, Grayscale, InterpolationMode, Lambda,
#> LinearTransformation, Normalize, PILToTensor, Pad, RandAugment, RandomAdjustSharpness, RandomAffine,
#> RandomApply, RandomAutocontrast, RandomChoice, RandomCrop, RandomEqualize, RandomErasing,
#> RandomGrayscale, RandomHorizontalFlip, RandomInvert, RandomOrder, RandomPerspective,
#> RandomPosterize, RandomResizedCrop, RandomRotation, RandomSolarize, RandomVerticalFlip, Resize,
#> TenCrop, ToPILImage, ToTensor, TrivialAugmentWide
print("the same object in both:", [name for name in names if getattr(v2, name) is getattr(v1, name)])
#> the same object in both: ['AutoAugmentPolicy', 'InterpolationMode']

args = {"size": 4, "transforms": [v2.Identity()], "padding": 1, "degrees": 10, "kernel_size": 3, "mean": [0.5], "std": [0.5],
        "lambd": abs, "bits": 4, "threshold": 128, "sharpness_factor": 2.0,
        "transformation_matrix": torch.eye(3), "mean_vector": torch.zeros(3)}
warned = {}
for name in names:
    cls = getattr(v2, name)
    if issubclass(cls, enum.Enum):
        continue
    required = [p.name for p in inspect.signature(cls).parameters.values()
                if p.default is p.empty and p.kind is not p.VAR_POSITIONAL]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cls(*(args[p] for p in required))
    if caught:
        warned[name] = [w.category.__name__ for w in caught]
print("warn when built in v2:", warned)
#> warn when built in v2: {'ToTensor': ['UserWarning']}
print("docstring starts with [DEPRECATED]:", [name for name in names if getattr(v2, name).__doc__.startswith("[DEPRECATED]")])
#> docstring starts with [DEPRECATED]: ['ConvertImageDtype', 'ToTensor']
