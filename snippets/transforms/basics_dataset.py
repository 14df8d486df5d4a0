import torch
from matplotlib import cbook
from PIL import Image
from torch.utils.data import Dataset
from torchvision.transforms import v2


class PhotoDataset(Dataset):
    def __init__(self, paths, labels, transform=None):
        self.paths = paths
        self.labels = labels
        self.transform = transform

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, idx):
        with Image.open(self.paths[idx]) as f:
            image = f.convert("RGB")
        if self.transform is not None:
            image = self.transform(image)
        return image, self.labels[idx]


path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
raw = PhotoDataset([path], [7])
ready = PhotoDataset([path], [7], transform=v2.Compose([
    v2.ToImage(),
    v2.Resize((224, 224)),
    v2.ToDtype(torch.float32, scale=True),
]))

image, label = raw[0]
print("PIL image:", isinstance(image, Image.Image), image.size, label)
#> PIL image: True (512, 600) 7
image, label = ready[0]
print("tensor:", isinstance(image, torch.Tensor), tuple(image.shape), image.dtype, label)
#> tensor: True (3, 224, 224) torch.float32 7
