import torch
from matplotlib import cbook
from PIL import Image
from torch.utils.data import DataLoader, TensorDataset, default_collate
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
cutmix, mixup = v2.CutMix(num_classes=4), v2.MixUp(num_classes=4)
for transform in (cutmix, mixup):
    try:
        transform(image, torch.tensor([2]))
    except ValueError as e:
        print(f"one sample, {type(transform).__name__}: ValueError: {e}")
        #> one sample, CutMix: ValueError: Expected a batched input with 4 dims, but got 3 dimensions instead.
        #> one sample, MixUp: ValueError: Expected a batched input with 4 dims, but got 3 dimensions instead.
try:
    cutmix(v2.functional.to_pil_image(image), torch.tensor([2]))
except ValueError as e:
    print("PIL image: ValueError:", e)
    #> PIL image: ValueError: CutMix() does not support PIL images, bounding boxes, keypoints and masks.
try:
    v2.CutMix()(torch.stack([image, image]), torch.tensor([0, 1]))
except ValueError as e:
    print("no num_classes: ValueError:", e)
    #> no num_classes: ValueError: num_classes must be passed if the labels are index-based (1D)

torch.manual_seed(0)
dataset = TensorDataset(torch.rand(8, 3, 32, 32), torch.tensor([0, 1, 2, 3, 0, 1, 2, 3]))
loader = DataLoader(dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
for images, labels in loader:
    images, labels = cutmix(images, labels)
    print("after the loader:", tuple(images.shape), tuple(labels.shape), [round(p, 4) for p in labels[0].tolist()])
    #> after the loader: (4, 3, 32, 32) (4, 4) [0.0, 0.5273, 0.0, 0.4727]
    #> after the loader: (4, 3, 32, 32) (4, 4) [0.2578, 0.0, 0.7422, 0.0]


def collate(samples):
    return v2.RandomChoice([cutmix, mixup])(*default_collate(samples))


loader = DataLoader(dataset, batch_size=4, shuffle=True, collate_fn=collate, generator=torch.Generator().manual_seed(0))
images, labels = next(iter(loader))
print("in collate_fn:", tuple(images.shape), tuple(labels.shape), [round(p, 4) for p in labels[0].tolist()])
#> in collate_fn: (4, 3, 32, 32) (4, 4) [0.0, 0.6707, 0.0, 0.3293]
loss = torch.nn.functional.cross_entropy(torch.zeros(4, 4), labels)
print(f"cross_entropy, soft labels, equal logits: {loss:.4f} == log(4) {torch.tensor(4.0).log():.4f}")
#> cross_entropy, soft labels, equal logits: 1.3863 == log(4) 1.3863
