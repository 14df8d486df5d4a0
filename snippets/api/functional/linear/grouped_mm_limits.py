import torch
import torch.nn.functional as F

tokens = torch.ones(6, 8, dtype=torch.bfloat16)
experts = torch.ones(3, 8, 16, dtype=torch.bfloat16)
offs = torch.tensor([2, 3, 6], dtype=torch.int32)


def attempt(label, **kwargs):
    arguments = {"mat_a": tokens, "mat_b": experts, "offs": offs} | kwargs
    try:
        print(label, "->", tuple(F.grouped_mm(**arguments).shape))
        #> ok -> (6, 16)
    except RuntimeError as error:
        print(label, "-> RuntimeError:", error)
        #> int64 offs -> RuntimeError: Offsets have to be int32
        #> no offs -> RuntimeError: Have to provide offsets if there is a 2d matrix, or no offset if both matrices are 3d
        #> K=4 -> RuntimeError: strides should be multiple of 16 bytes
        #> bias -> RuntimeError: Bias not supported yet
        #> out_dtype -> RuntimeError: Grouped gemm output dtype must match `mat_a` dtype


attempt("ok")
attempt("int64 offs", offs=offs.long())
attempt("no offs", offs=None)
attempt("K=4", mat_a=torch.ones(6, 4, dtype=torch.bfloat16), mat_b=torch.ones(3, 4, 16, dtype=torch.bfloat16))
attempt("bias", bias=torch.ones(16, dtype=torch.bfloat16))
attempt("out_dtype", out_dtype=torch.float32)
doc = " ".join(F.grouped_mm.__doc__.split())
print(doc[doc.index("Both ``mat_a``") : doc.index("Args:")].strip())
#> Both ``mat_a`` and ``mat_b`` must be 2D or 3D tensors that already satisfy the physical layout restrictions of grouped GEMM kernels (e.g., row-major ``mat_a`` and column-major ``mat_b`` for FP8 inputs). Inputs are currently expected to be ``torch.bfloat16`` values on CUDA devices with :math:`SM \ge 80`.
