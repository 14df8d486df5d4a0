import torch

print(torch.get_deterministic_debug_mode())
#> 0
for mode in ["warn", 2, "default"]:
    torch.set_deterministic_debug_mode(mode)
    print(mode, torch.get_deterministic_debug_mode(),
          torch.are_deterministic_algorithms_enabled(),
          torch.is_deterministic_algorithms_warn_only_enabled())
    #> warn 1 True True
    #> 2 2 True False
    #> default 0 False False

torch.use_deterministic_algorithms(True, warn_only=True)
print(torch.get_deterministic_debug_mode())
#> 1
torch.set_deterministic_debug_mode(0)
try:
    torch.set_deterministic_debug_mode("loud")
except RuntimeError as e:
    print(type(e).__name__, str(e).split(", but")[0])
    #> RuntimeError invalid value of debug_mode, expected one of `default`, `warn`, `error`
