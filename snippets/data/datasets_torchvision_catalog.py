import tempfile

import torchvision
from torch.utils.data import Dataset
from torchvision import datasets

names = sorted(n for n in dir(datasets) if isinstance(getattr(datasets, n), type))
print("classes in torchvision.datasets:", len(names))
#> classes in torchvision.datasets: 72
print("some:", [n for n in names if n in ("MNIST", "FashionMNIST", "CIFAR10", "ImageNet", "ImageFolder", "FakeData")])
#> some: ['CIFAR10', 'FakeData', 'FashionMNIST', 'ImageFolder', 'ImageNet', 'MNIST']
print("MNIST is a Dataset:", issubclass(datasets.MNIST, Dataset))
#> MNIST is a Dataset: True
print("torchvision.dataset exists:", hasattr(torchvision, "dataset"))
#> torchvision.dataset exists: False

with tempfile.TemporaryDirectory() as root:
    for cls in (datasets.MNIST, datasets.CIFAR10):
        try:
            cls(root, train=True, download=False)
        except RuntimeError as error:
            print(f"{cls.__name__}(download=False): RuntimeError: {error}")
            #> MNIST(download=False): RuntimeError: Dataset not found. You can use download=True to download it
            #> CIFAR10(download=False): RuntimeError: Dataset not found or corrupted. You can use download=True to download it
