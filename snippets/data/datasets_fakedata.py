import torch
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import v2

ds = datasets.FakeData(size=8, image_size=(3, 32, 32), num_classes=4)
image, label = ds[0]
print("len:", len(ds))
#> len: 8
print("sample:", type(image).__name__, image.size, image.mode, "label:", label)
#> sample: Image (32, 32) RGB label: 3
print("labels:", [ds[i][1] for i in range(len(ds))])
#> labels: [3, 3, 2, 1, 1, 2, 1, 2]

try:
    next(iter(DataLoader(ds, batch_size=4)))
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class 'PIL.Image.Image'>

to_tensor = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
ds = datasets.FakeData(size=8, image_size=(3, 32, 32), num_classes=4, transform=to_tensor)
images, labels = next(iter(DataLoader(ds, batch_size=4)))
print("batch:", tuple(images.shape), images.dtype, labels.tolist())
#> batch: (4, 3, 32, 32) torch.float32 [3, 3, 2, 1]
