import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
permute = v2.RandomChannelPermutation()
unchanged = []
for seed in range(8):
    torch.manual_seed(seed)
    order = permute.make_params([image])["permutation"]
    torch.manual_seed(seed)
    out = permute(image)
    unchanged.append(torch.equal(out, image))
    if seed < 3:
        print(f"seed {seed}: channels {order.tolist()} | out == image[order]:", torch.equal(out, image[order]))
        #> seed 0: channels [2, 0, 1] | out == image[order]: True
        #> seed 1: channels [1, 2, 0] | out == image[order]: True
        #> seed 2: channels [0, 2, 1] | out == image[order]: True
print("seeds 0-7, image unchanged:", unchanged)
#> seeds 0-7, image unchanged: [False, False, False, False, False, False, False, True]
torch.manual_seed(0)
identity = sum(permute.make_params([image])["permutation"].tolist() == [0, 1, 2] for _ in range(600))
print("identity order in 600 draws:", identity)
#> identity order in 600 draws: 93

rgba = torch.cat([image, torch.full((1, 150, 128), 255, dtype=torch.uint8)])
torch.manual_seed(0)
print("4 channels:", permute.make_params([rgba])["permutation"].tolist(), "| 1 channel:", tuple(permute(image[:1]).shape))
#> 4 channels: [0, 1, 3, 2] | 1 channel: (1, 150, 128)
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor), image):
    out = permute(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

panels = [image]
for seed in range(3):
    torch.manual_seed(seed)
    panels.append(permute(image))
save_row(panels, "random_channel_permutation.jpg")
#> <image random_channel_permutation.jpg 532x158>
