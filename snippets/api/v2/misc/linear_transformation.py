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
# %%
x = v2.ToDtype(torch.float64, scale=True)(image)[:, :144]
train = x.unfold(1, 8, 2).unfold(2, 8, 2).permute(1, 2, 0, 3, 4).reshape(-1, 3, 8, 8)
flat = train.reshape(len(train), -1)
mean = flat.mean(0)
cov = (flat - mean).T @ (flat - mean) / len(flat)
eigenvalues, eigenvectors = torch.linalg.eigh(cov)
zca = eigenvectors @ torch.diag(eigenvalues.rsqrt()) @ eigenvectors.T
whiten = v2.LinearTransformation(zca, mean)

out = whiten(train)
print("patches:", list(train.shape), "matrix:", list(zca.shape), "->", list(out.shape))
#> patches: [4209, 3, 8, 8] matrix: [192, 192] -> [4209, 3, 8, 8]
print("(x - mean) @ M:", torch.allclose(out.reshape(len(out), -1), (flat - mean) @ zca))
#> (x - mean) @ M: True
white = out.reshape(len(out), -1)
print("covariance after = identity:", torch.allclose(white.T @ white / len(white), torch.eye(192, dtype=torch.float64), atol=1e-6))
#> covariance after = identity: True

m = torch.tensor([[0.0, 1.0], [0.0, 0.0]])
tiny = torch.tensor([1.0, 2.0]).reshape(1, 1, 2)
row = v2.LinearTransformation(m, torch.zeros(2))(tiny)
print("x = [1, 2]:", row.flatten().tolist(), "= x @ M, not M @ x =", (m @ tiny.flatten()).tolist())
#> x = [1, 2]: [0.0, 1.0] = x @ M, not M @ x = [2.0, 0.0]

try:
    v2.LinearTransformation(torch.eye(3), torch.zeros(3))(image.float())
except ValueError as error:
    print("3x3 colour matrix:", error)
    #> 3x3 colour matrix: Input tensor and transformation matrix have incompatible shape.[3 x 150 x 128] != 3

tile = tv_tensors.Image(train[0])
print(type(whiten(tile)).__name__, type(whiten(train[0])).__name__)
#> Image Tensor
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    try:
        whiten(f.convert("RGB"))
    except TypeError as error:
        print("PIL:", error)
        #> PIL: LinearTransformation() does not support PIL images.

tiles = x.unfold(1, 8, 8).unfold(2, 8, 8).permute(1, 2, 0, 3, 4).reshape(-1, 3, 8, 8)
shown = whiten(tiles).reshape(18, 16, 3, 8, 8).permute(2, 0, 3, 1, 4).reshape(3, 144, 128)
shown = (0.5 + (shown - shown.mean()) / (6 * shown.std())).clamp(0, 1)
save_row([image[:, :144], v2.ToDtype(torch.uint8, scale=True)(shown)], "linear_transformation.jpg")
#> <image linear_transformation.jpg 268x152>
