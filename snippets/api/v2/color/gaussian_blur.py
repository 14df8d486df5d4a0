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
dot = torch.zeros(1, 7, 7)
dot[0, 3, 3] = 1.0
k = torch.exp(-torch.tensor([-1.0, 0.0, 1.0]) ** 2 / (2 * 1.0**2))
k = k / k.sum()
out = v2.GaussianBlur(kernel_size=3, sigma=1.0)(dot)
print("hand kernel:", [round(v, 4) for v in k.tolist()], "| centre 3x3 == outer(k, k):",
      torch.allclose(out[0, 2:5, 2:5], torch.outer(k, k)), "| sum", round(out.sum().item(), 4))
#> hand kernel: [0.2741, 0.4519, 0.2741] | centre 3x3 == outer(k, k): True | sum 1.0
for size in [(1, 5), (5, 1)]:
    spread = v2.GaussianBlur(kernel_size=size, sigma=1.0)(dot)[0].nonzero()
    print(f"kernel_size={size}: rows {sorted(set(spread[:, 0].tolist()))} cols {sorted(set(spread[:, 1].tolist()))}")
    #> kernel_size=(1, 5): rows [1, 2, 3, 4, 5] cols [3]
    #> kernel_size=(5, 1): rows [3] cols [1, 2, 3, 4, 5]

blur = v2.GaussianBlur(kernel_size=9)
print("default sigma:", blur.sigma)
#> default sigma: [0.1, 2.0]
for seed in range(3):
    torch.manual_seed(seed)
    params = blur.make_params([image])
    torch.manual_seed(seed)
    out = blur(image)
    print(f"seed {seed}: sigma {params['sigma'][0]:.3f} | same as the call:", torch.equal(out, blur.transform(image, params)))
    #> seed 0: sigma 1.043 | same as the call: True
    #> seed 1: sigma 1.539 | same as the call: True
    #> seed 2: sigma 1.268 | same as the call: True

panels = [image]
for size in (3, 9, 25):
    panels.append(v2.GaussianBlur(kernel_size=size, sigma=4.0)(image))
stds = [round(p.float().std().item(), 1) for p in panels]
print("pixel std: photo", stds[0], "| sigma 4 with kernel_size 3/9/25:", stds[1:])
#> pixel std: photo 71.0 | sigma 4 with kernel_size 3/9/25: [67.3, 59.4, 54.2]
try:
    v2.GaussianBlur(kernel_size=4)
except ValueError as e:
    print("kernel_size=4 -> ValueError:", e)
    #> kernel_size=4 -> ValueError: Kernel size value should be an odd and positive number.
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor), image):
    out = blur(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image
save_row(panels, "gaussian_blur.jpg")
#> <image gaussian_blur.jpg 532x158>
